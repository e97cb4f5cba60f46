// A TypeScript app on the ffi-rs build of async-ffi: compiled with tsc (nodenext, strict,
// verbatimModuleSyntax, no skipLibCheck), run with plain node.
import { checkedGreeting, echoProfile, GreetingError, Mood, sampleProfile, sayHello, sleepMs } from 'async-ffi';
import type { Profile } from 'async-ffi';

const greeting: string = await sayHello('app-ts');
console.log(`greeting: ${greeting}`);

const profile: Profile = echoProfile({ ...sampleProfile('Grace'), mood: Mood.Happy });
console.log(`profile: ${profile.name} is ${profile.mood}`);

const controller = new AbortController();
const slow = sleepMs(10_000n, { signal: controller.signal });
controller.abort();
await slow.then(
  () => console.log('cancel: not cancelled'),
  (error: unknown) => console.log(`cancel: ${(error as Error).name}`),
);

try {
  await checkedGreeting('');
} catch (error) {
  if (error instanceof GreetingError.EmptyName) console.log(`refused: ${error.tag}`);
  else throw error;
}

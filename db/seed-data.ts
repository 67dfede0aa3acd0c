/** Demo data: realistic home-services customers, generated from a fixed seed so every run matches. */

const FIRST = [
  "James",
  "Maria",
  "Robert",
  "Linda",
  "Michael",
  "Patricia",
  "David",
  "Jennifer",
  "William",
  "Elizabeth",
  "Richard",
  "Susan",
  "Joseph",
  "Jessica",
  "Thomas",
  "Sarah",
  "Carlos",
  "Karen",
  "Daniel",
  "Nancy",
  "Matthew",
  "Lisa",
  "Anthony",
  "Betty",
  "Mark",
  "Sandra",
  "Steven",
  "Ashley",
  "Andrew",
  "Kimberly",
  "Kenneth",
  "Emily",
  "Joshua",
  "Donna",
  "Kevin",
  "Michelle",
  "Brian",
  "Carol",
  "George",
  "Amanda",
  "Tuan",
  "Priya",
  "Wei",
  "Aisha",
  "Diego",
  "Fatima",
  "Olga",
  "Hiroshi",
  "Grace",
  "Samuel",
];
const LAST = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Hernandez",
  "Lopez",
  "Gonzalez",
  "Wilson",
  "Anderson",
  "Thomas",
  "Taylor",
  "Moore",
  "Jackson",
  "Martin",
  "Lee",
  "Perez",
  "Thompson",
  "White",
  "Harris",
  "Sanchez",
  "Clark",
  "Ramirez",
  "Lewis",
  "Robinson",
  "Walker",
  "Young",
  "Allen",
  "King",
  "Wright",
  "Nguyen",
  "Patel",
  "Chen",
  "Okafor",
  "Kowalski",
];
const NICK: Record<string, string> = {
  James: "Jim",
  Robert: "Bob",
  Michael: "Mike",
  William: "Bill",
  Elizabeth: "Liz",
  Richard: "Rick",
  Joseph: "Joe",
  Thomas: "Tom",
  Daniel: "Dan",
  Matthew: "Matt",
  Anthony: "Tony",
  Steven: "Steve",
  Andrew: "Andy",
  Kenneth: "Ken",
  Joshua: "Josh",
  Samuel: "Sam",
  Jennifer: "Jen",
  Kimberly: "Kim",
  Patricia: "Pat",
};
const NOTES = [
  "Carrier heat pump installed 2019; annual maintenance plan.",
  "Gate code 4471. Dog in backyard, friendly.",
  "Prefers text before arrival.",
  "Water heater 12 years old; quoted replacement.",
  "Panel upgrade estimate sent; waiting on HOA approval.",
  "Tankless water heater, descale every spring.",
  "Rental property: tenant answers, owner pays.",
  "Senior customer; speak slowly and confirm the day twice.",
  null,
  null,
];

/** Mulberry32: tiny, deterministic, good enough to vary demo data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type DemoCustomer = {
  externalId: string;
  name: string;
  preferredName: string | null;
  phone: string;
  timeZone: string | null;
  notes: string | null;
  doNotCall: boolean;
  doNotCallReason: string | null;
};

/**
 * Phones use the 555-01XX range reserved for fiction, spread over the workspace's area codes, so the
 * last four digits never collide with the simulator's test numbers (0400, 0500, ...), except where a
 * demo customer is meant to show one.
 */
export function demoCustomers(opts: { count: number; areaCodes: string[]; timeZone: string; seed: number }): DemoCustomer[] {
  const rand = prng(opts.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
  const out: DemoCustomer[] = [];
  const used = new Set<string>();
  for (let i = 0; out.length < opts.count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const area = opts.areaCodes[i % opts.areaCodes.length];
    const exchange = 200 + Math.floor(rand() * 700);
    const line = String(100 + Math.floor(rand() * 99)).padStart(4, "0");
    const phone = `+1${area}${exchange === 555 ? 556 : exchange}${line}`;
    if (used.has(phone)) continue;
    used.add(phone);
    const dnc = out.length % 41 === 40;
    out.push({
      externalId: `cust_${String(opts.seed).slice(-2)}${String(out.length + 1).padStart(4, "0")}`,
      name: `${first} ${last}`,
      preferredName: NICK[first] && rand() < 0.6 ? NICK[first] : rand() < 0.3 ? first : null,
      phone,
      timeZone: rand() < 0.85 ? opts.timeZone : null,
      notes: pick(NOTES),
      doNotCall: dnc,
      doNotCallReason: dnc ? "Asked to be removed from calls (phone, 2026-10-02)" : null,
    });
  }
  return out;
}

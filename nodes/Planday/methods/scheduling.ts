// Scheduling list searches and dropdowns (shifts, shift types, positions).
export {};

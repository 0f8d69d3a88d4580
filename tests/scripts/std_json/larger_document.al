// A larger document: built, written, read back, queried.
import std.json;

let users = [];
for i in 0..2000 {
    users.push({
        id: i,
        name: "user " + str(i),
        email: "user" + str(i) + "@example.com",
        active: i % 3 != 0,
        score: i / 8,
        tags: ["t" + str(i % 5), "group " + str(i % 7)],
        address: {street: str(i) + " Main St", city: ["Paris", "Zürich", "東京", "São Paulo"][i % 4], zip: nil},
        history: [],
    });
}
let doc = {version: 3, generated_by: "asynclang", count: len(users), users: users, big: 1234567890123456789012345678901234567890};

let text = json.stringify(doc);
let pretty = json.stringify(doc, 2);
println("compact length", len(text));
println("pretty lines", len(pretty.split("\n")));

let back = json.parse(text);
println("equal", back == doc, json.parse(pretty) == doc);
println("again", json.stringify(back) == text);
println("count", back.count, len(back.users));
println("user 1234", back.users[1234]);
let active = back.users.filter(|u| u.active);
println("active", len(active));
let total = back.users.reduce(|acc, u| acc + u.score, 0);
println("total score", total);
println("cities", back.users.slice(0, 4).map(|u| u.address.city));
println("first keys", back.users[0].keys());
println("big", back.big, typeof(back.big));

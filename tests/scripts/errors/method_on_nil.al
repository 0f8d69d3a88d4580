// exit: 1
let users = {al: {age: 3}};
let u = users.get("bo");
println(u);
println(u.len());

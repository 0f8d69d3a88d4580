// exit: 1
let config = {host: "localhost", port: 8080};
println(config.host);
println(config["user"]);

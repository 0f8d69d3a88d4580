// exit: 1
let config = {port: 80};
println(config.host);

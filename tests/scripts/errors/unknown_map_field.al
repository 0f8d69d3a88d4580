// exit: 1
fn port_of(cfg) {
    cfg.port
}
println(port_of({port: 80}));
println(port_of({host: "x"}));

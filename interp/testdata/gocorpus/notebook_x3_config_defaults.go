// Exercises: notebook style: package-level config struct with defaults, helpers overriding fields, %+v output
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Config struct {
	LR      float64
	Epochs  int
	Layers  []int
	Verbose bool
}

var cfg = Config{LR: 0.1, Epochs: 10, Layers: []int{2, 1}}

func set(kv string) {
	k, v, _ := strings.Cut(kv, "=")
	switch k {
	case "lr":
		cfg.LR, _ = strconv.ParseFloat(v, 64)
	case "epochs":
		cfg.Epochs, _ = strconv.Atoi(v)
	case "verbose":
		cfg.Verbose = v == "true"
	case "layers":
		cfg.Layers = nil
		for _, p := range strings.Split(v, ",") {
			n, _ := strconv.Atoi(p)
			cfg.Layers = append(cfg.Layers, n)
		}
	}
}

func main() {
	fmt.Printf("%+v\n", cfg)
	for _, kv := range []string{"lr=0.003", "layers=4,8,1", "verbose=true", "bogus=1"} {
		set(kv)
	}
	fmt.Printf("%+v\n", cfg)
}

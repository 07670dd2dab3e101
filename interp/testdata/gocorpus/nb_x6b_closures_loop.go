// Exercises: closures created in loops (per-iteration variables), defer order and defer argument evaluation in a helper
package main

import "fmt"

var callbacks []func() string

func register(names []string) {
	for i, n := range names {
		callbacks = append(callbacks, func() string { return fmt.Sprint(i, ":", n) })
	}
}

func epochs(n int) (log []string) {
	for e := 0; e < n; e++ {
		defer func() { log = append(log, fmt.Sprint("deferred ", e)) }()
	}
	return []string{"start"}
}

func lossAtExit() {
	loss := 1.0
	defer fmt.Println("defer sees", loss)
	defer func() { fmt.Println("closure sees", loss) }()
	loss = 0.25
}

func main() {
	register([]string{"relu", "tanh", "sigmoid"})
	for _, cb := range callbacks {
		fmt.Println(cb())
	}
	fmt.Println(epochs(3))
	lossAtExit()
	best := map[string]*float64{}
	for name, loss := range map[string]float64{"a": 0.5, "b": 0.25} {
		best[name] = &loss // one variable per iteration since Go 1.22
	}
	fmt.Println(*best["a"], *best["b"])
}

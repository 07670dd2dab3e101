package main

import (
	"fmt"
	"strings"
)

type step struct {
	name string
	fail bool
}

func run(steps []step) (log []string, err error) {
	for _, s := range steps {
		defer func() {
			log = append(log, "cleanup "+s.name)
		}()
		if s.fail {
			return append(log, "failed at "+s.name), fmt.Errorf("step %s failed", s.name)
		}
		log = append(log, "ran "+s.name)
	}
	return log, nil
}

func main() {
	log, err := run([]step{{"a", false}, {"b", false}, {"c", true}, {"d", false}})
	fmt.Println(strings.Join(log, "; "))
	fmt.Println(err)

	log, err = run([]step{{"x", false}})
	fmt.Println(log, err)

	var out []string
	func() {
		for i := range 3 {
			defer func() { out = append(out, fmt.Sprint("closure ", i)) }()
			defer func(n int) { out = append(out, fmt.Sprint("arg ", n)) }(i * 10)
		}
	}()
	fmt.Println(out)

	total := 0
	func() {
		for i := 1; i <= 3; i++ {
			defer func() { total += i }()
		}
	}()
	fmt.Println("total", total)

	fs := map[string]func() string{}
	for _, name := range []string{"alpha", "beta"} {
		upper := strings.ToUpper(name)
		fs[name] = func() string { return upper + "/" + name }
	}
	fmt.Println(fs["alpha"](), fs["beta"]())

	var callbacks []func()
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		callbacks = append(callbacks, func() { fmt.Print(i, ":", j, " ") })
	}
	for _, cb := range callbacks {
		cb()
	}
	fmt.Println()
}

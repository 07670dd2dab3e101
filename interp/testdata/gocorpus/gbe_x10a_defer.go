// Exercises: defer - LIFO order, arguments evaluated at defer time, deferred closures modifying named results, defer in loops
package main

import (
	"fmt"
	"strings"
)

type resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name, log}
}

func (r *resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func use(log *[]string) {
	a := open("a", log)
	defer a.Close()
	b := open("b", log)
	defer b.Close()
	*log = append(*log, "using a and b")
}

func triple(n int) (result int) {
	defer func() { result *= 3 }()
	return n + 1
}

func main() {
	var log []string
	use(&log)
	fmt.Println(strings.Join(log, "; "))

	x := 1
	defer fmt.Println("deferred x:", x)
	x = 2

	for i := range 3 {
		defer fmt.Println("loop defer", i)
	}
	for i := 0; i < 3; i++ {
		defer func() { fmt.Println("closure defer", i) }()
	}

	fmt.Println("triple:", triple(4))

	s := []int{1}
	defer fmt.Println("slice at defer:", s, len(s))
	s = append(s, 2)
	s[0] = 9

	p := &resource{name: "ptr"}
	defer fmt.Println("name:", p.name)
	p.name = "changed"
	fmt.Println("end of main")
}

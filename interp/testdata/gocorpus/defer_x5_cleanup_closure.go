// Exercises: a cleanup function held in a variable and deferred, a
// deferred literal that calls another local function, and a cleanup
// returned by a setup function.
package main

import "fmt"

type resource struct{ name string }

func setup(name string) (*resource, func()) {
	r := &resource{name}
	fmt.Println("open", name)
	return r, func() { fmt.Println("close", r.name) }
}

func work() (result int) {
	log := []string{}
	cleanup := func() {
		fmt.Println("cleanup after", len(log), "steps")
	}
	defer cleanup()
	report := func() { fmt.Println("result", result) }
	defer func() { report() }()
	r, closeIt := setup("db")
	defer closeIt()
	for i := 1; i <= 3; i++ {
		log = append(log, fmt.Sprint(r.name, i))
		result += i
	}
	return result * 10
}

func main() {
	fmt.Println(work())
}

// Exercises: deferred recovering functions and literals that take arguments evaluated at the defer statement (a named recover helper, a literal setting a named result)
package main

import "fmt"

func logRecover(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered:", r)
	}
}

func work(n int) {
	name := fmt.Sprint("work", n)
	defer logRecover(name)
	name = "changed"
	panic("boom")
}

func job(n int) (err error) {
	defer func(tag string, at int) {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s at %d: %v", tag, at, r)
		}
	}(fmt.Sprint("job", n), n*2)
	n = 0
	panic("bang")
}

func main() {
	work(1)
	fmt.Println("after", job(3))
}

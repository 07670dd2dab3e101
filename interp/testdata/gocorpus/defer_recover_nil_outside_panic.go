// Exercises: recover returns nil when there is no panic, and only works in the deferred function directly.
package main

import "fmt"

func helper() any {
	return recover()
}

func calm() {
	defer func() {
		fmt.Println("recover with no panic:", recover())
	}()
	fmt.Println("calm body")
}

func guarded() {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("direct recover:", r)
		}
	}()
	defer func() {
		fmt.Println("helper recover:", helper())
	}()
	panic("boom")
}

func main() {
	calm()
	guarded()
	fmt.Println("main continues")
}

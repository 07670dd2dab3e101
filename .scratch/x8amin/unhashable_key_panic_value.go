// Exercises: using an interface holding a slice as a map key panics with a runtime.Error "runtime error: hash of unhashable type []int"
package main

import (
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		_, isRuntime := r.(runtime.Error)
		fmt.Println(isRuntime, r)
	}()
	var a interface{} = []int{1}
	m := map[interface{}]int{}
	m[a] = 1
}

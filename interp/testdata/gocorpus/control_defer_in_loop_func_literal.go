// Exercises: using an immediately invoked func literal per loop iteration so defers run each time.
package main

import "fmt"

func main() {
	for i := range 3 {
		func() {
			defer fmt.Println("cleanup", i)
			if i == 1 {
				fmt.Println("early exit", i)
				return
			}
			fmt.Println("work", i)
		}()
	}
	fmt.Println("all done")
}

// Exercises: break inside switch only leaves the switch; break Label leaves the loop.
package main

import "fmt"

func main() {
	tokens := []string{"a", "skip", "b", "stop", "c"}
	var kept []string
scan:
	for i, t := range tokens {
		switch t {
		case "skip":
			break
		case "stop":
			fmt.Println("stopping at", i)
			break scan
		default:
			kept = append(kept, t)
		}
		fmt.Println("after switch", i)
	}
	fmt.Println(kept)
}

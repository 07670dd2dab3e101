// Exercises: nested maps requiring inner initialization, comma-ok on nested lookups
package main

import "fmt"

func main() {
	grades := map[string]map[string]int{}
	add := func(student, course string, g int) {
		if grades[student] == nil {
			grades[student] = map[string]int{}
		}
		grades[student][course] = g
	}
	add("ann", "math", 90)
	add("ann", "cs", 85)
	add("bob", "math", 70)
	fmt.Println(grades)
	if g, ok := grades["bob"]["cs"]; !ok {
		fmt.Println("bob has no cs grade", g)
	}
	fmt.Println(len(grades["carl"]), grades["carl"]["x"])
}

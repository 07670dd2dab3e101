// Exercises: type switch distinguishing a named int from int
package main

import "fmt"

type Count int
type Name string

func kind(x any) string {
	switch x.(type) {
	case Count:
		return "Count"
	case int:
		return "int"
	case Name:
		return "Name"
	case string:
		return "string"
	}
	return "?"
}

func main() {
	for _, x := range []any{1, Count(2), "s", Name("n")} {
		fmt.Print(kind(x), " ")
	}
	fmt.Println()
}

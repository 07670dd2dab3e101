// Exercises: types declared inside functions: same name in two functions, %T and %v of local types, local types with methods-free embedding, as map keys
package main

import "fmt"

func makeA() any {
	type item struct{ N int }
	return item{1}
}

func makeB() any {
	type item struct{ S string }
	return item{"x"}
}

func count(words []string) map[string]int {
	type key struct{ first byte }
	seen := map[key]int{}
	for _, w := range words {
		seen[key{w[0]}]++
	}
	out := map[string]int{}
	for k, v := range seen {
		out[string(k.first)] = v
	}
	return out
}

func main() {
	x, y := makeA(), makeB()
	fmt.Printf("%v %T | %v %T | %+v\n", x, x, y, y, x)
	fmt.Println(x == makeA(), count([]string{"ant", "bee", "ape", "cat"}))
	type pair [2]string
	type wrapped struct{ pair }
	w := wrapped{pair{"l", "r"}}
	fmt.Printf("%v %T %T\n", w, w, w.pair)
}

// Exercises: comma-ok map lookup distinguishing missing keys from zero values.
package main

import "fmt"

func main() {
	ages := map[string]int{"ann": 30, "baby": 0}
	for _, name := range []string{"ann", "baby", "ghost"} {
		age, ok := ages[name]
		fmt.Printf("%s: age=%d present=%v\n", name, age, ok)
	}
	if _, ok := ages["ghost"]; !ok {
		ages["ghost"] = -1
	}
	fmt.Println(len(ages), ages["ghost"])
	nested := map[string]map[string]bool{"a": {"x": true}}
	inner, ok := nested["b"]
	fmt.Println(inner == nil, ok, nested["a"]["x"], nested["b"]["x"])
}

// Exercises: reading a struct from a map with comma-ok, modifying, and writing back.
package main

import "fmt"

type Stats struct {
	Count int
	Total float64
}

func record(m map[string]Stats, key string, v float64) {
	s, ok := m[key]
	if !ok {
		fmt.Println("new key", key)
	}
	s.Count++
	s.Total += v
	m[key] = s
}

func main() {
	m := map[string]Stats{}
	record(m, "cpu", 0.5)
	record(m, "cpu", 0.7)
	record(m, "mem", 12)
	fmt.Printf("%+v\n", m["cpu"])
	fmt.Println(m)
}

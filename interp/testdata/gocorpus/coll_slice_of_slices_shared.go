// Exercises: sub-slices sharing a backing array and the effect of writes through each.
package main

import "fmt"

func main() {
	data := []string{"a", "b", "c", "d", "e", "f"}
	first := data[:3]
	second := data[3:]
	first[0] = "A"
	second[0] = "D"
	fmt.Println(data)
	first = append(first, "X")
	fmt.Println(data, second)
	detached := append([]string(nil), data[:2]...)
	detached[0] = "zzz"
	fmt.Println(data[0], detached)
	var chunks [][]string
	for i := 0; i < len(data); i += 4 {
		chunks = append(chunks, data[i:min(i+4, len(data))])
	}
	fmt.Println(chunks)
}

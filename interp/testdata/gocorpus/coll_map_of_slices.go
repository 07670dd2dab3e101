// Exercises: map of slices built with append on missing keys, sorted report.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := strings.Fields("apple avocado banana blueberry cherry apricot cranberry")
	byLetter := map[byte][]string{}
	for _, w := range words {
		byLetter[w[0]] = append(byLetter[w[0]], w)
	}
	letters := make([]byte, 0, len(byLetter))
	for l := range byLetter {
		letters = append(letters, l)
	}
	sort.Slice(letters, func(i, j int) bool { return letters[i] < letters[j] })
	for _, l := range letters {
		fmt.Printf("%c: %v\n", l, byLetter[l])
	}
	fmt.Println(len(byLetter['z']), byLetter['z'] == nil)
}

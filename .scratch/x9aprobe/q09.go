// Exercises: sort.Sort(sort.Reverse(...)), sort.Stable with custom Less, slices package helpers
package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	ws := strings.Fields("banana kiwi fig apple cherry date")
	sort.Stable(byLen(ws))
	fmt.Println(ws)
	sort.Sort(sort.Reverse(byLen(ws)))
	fmt.Println(ws[0])
	ys := []int{3, 1, 2}
	slices.Sort(ys)
	i, found := slices.BinarySearch(ys, 2)
	fmt.Println(ys, i, found, slices.Contains(ys, 5), slices.Index(ys, 3), slices.Max(ys))
}

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Contact struct {
	Name  string
	Email string
	Phone string
}

func key(c Contact) string { return strings.ToLower(strings.TrimSpace(c.Email)) }

func merge(a, b Contact) Contact {
	if a.Phone == "" {
		a.Phone = b.Phone
	}
	if len(b.Name) > len(a.Name) {
		a.Name = b.Name
	}
	return a
}

func main() {
	contacts := []Contact{
		{"Ann", "ann@x.com", ""},
		{"Ann Lee", "ANN@x.com ", "555-1"},
		{"Bob", "bob@y.org", "555-2"},
		{"Cat", "cat@z.net", ""},
		{"B.", "bob@y.org", ""},
	}
	seen := map[string]int{}
	var out []Contact
	for _, c := range contacts {
		k := key(c)
		if i, ok := seen[k]; ok {
			out[i] = merge(out[i], c)
			continue
		}
		seen[k] = len(out)
		c.Email = k
		out = append(out, c)
	}
	for _, c := range out {
		fmt.Printf("%-8s %-10s %q\n", c.Name, c.Email, c.Phone)
	}
	nums := []int{5, 3, 5, 1, 3, 3, 9, 1}
	uniq := slices.Clone(nums)
	slices.Sort(uniq)
	uniq = slices.Compact(uniq)
	fmt.Println(nums, uniq)
	freq := map[int]int{}
	for _, n := range nums {
		freq[n]++
	}
	fmt.Println(freq, len(freq))
	inter := slices.DeleteFunc(slices.Clone(uniq), func(n int) bool { return freq[n] < 2 })
	fmt.Println(inter, slices.Equal(uniq, []int{1, 3, 5, 9}))
	grid := make([][]string, 3)
	for i := range grid {
		grid[i] = strings.Split(strings.Repeat("ab", i+1), "")
	}
	fmt.Println(grid, slices.Concat(grid...))
	idx := slices.IndexFunc(out, func(c Contact) bool { return c.Phone == "" })
	fmt.Println(idx, out[idx].Name, slices.Insert([]int{1, 2}, 1, 7, 8), slices.Repeat([]string{"z"}, 3))
}

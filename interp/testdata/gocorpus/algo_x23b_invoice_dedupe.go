package main

import (
	"fmt"
	"slices"
	"strings"
)

type Invoice struct {
	Vendor string
	Ref    string
	Cents  int64
	Day    int
}

func normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

type key struct {
	vendor string
	ref    string
}

func main() {
	invs := []Invoice{
		{"ACME Inc.", "INV-001", 10000, 3},
		{"acme inc", "inv 001", 10000, 4},
		{"Globex", "G-77", 55050, 1},
		{"ACME, Inc", "INV-002", 2500, 9},
		{"globex ", "g77", 55050, 15},
		{"Initech", "X1", 100, 2},
		{"Globex", "G-78", 12000, 20},
	}
	seen := map[key]int{}
	var unique []Invoice
	var dups [][2]int
	for i, inv := range invs {
		k := key{normalize(inv.Vendor), normalize(inv.Ref)}
		if j, ok := seen[k]; ok {
			dups = append(dups, [2]int{j, i})
			continue
		}
		seen[k] = i
		unique = append(unique, inv)
	}
	fmt.Println("dups:", dups)
	slices.SortFunc(unique, func(a, b Invoice) int {
		if c := strings.Compare(normalize(a.Vendor), normalize(b.Vendor)); c != 0 {
			return c
		}
		return int(b.Cents - a.Cents)
	})
	for _, u := range unique {
		fmt.Printf("%-10s %-8s %8.2f d%02d\n", u.Vendor, u.Ref, float64(u.Cents)/100, u.Day)
	}
	idx, found := slices.BinarySearchFunc(unique, "globex", func(inv Invoice, t string) int {
		return strings.Compare(normalize(inv.Vendor), t)
	})
	fmt.Println("globex at", idx, found)
	chunks := slices.Collect(slices.Chunk(unique, 2))
	for i, c := range chunks {
		var sum int64
		for _, x := range c {
			sum += x.Cents
		}
		fmt.Println("page", i+1, len(c), sum)
	}
	fmt.Println(seen)
}

package main

import (
	"fmt"
	"slices"
	"strings"
)

type Itemset []string

func (s Itemset) Key() string { return strings.Join(s, ",") }

func support(tx [][]string, set Itemset) int {
	n := 0
outer:
	for _, t := range tx {
		for _, it := range set {
			if !slices.Contains(t, it) {
				continue outer
			}
		}
		n++
	}
	return n
}

func main() {
	tx := [][]string{
		{"bread", "milk"},
		{"bread", "diapers", "beer", "eggs"},
		{"milk", "diapers", "beer", "cola"},
		{"bread", "milk", "diapers", "beer"},
		{"bread", "milk", "diapers", "cola"},
	}
	minSup := 3
	var items []string
	for _, t := range tx {
		for _, it := range t {
			if !slices.Contains(items, it) {
				items = append(items, it)
			}
		}
	}
	slices.Sort(items)
	var level []Itemset
	for _, it := range items {
		if support(tx, Itemset{it}) >= minSup {
			level = append(level, Itemset{it})
		}
	}
	frequent := map[string]int{}
	for k := 1; len(level) > 0; k++ {
		fmt.Printf("L%d:", k)
		for _, s := range level {
			frequent[s.Key()] = support(tx, s)
			fmt.Printf(" {%s}:%d", s.Key(), frequent[s.Key()])
		}
		fmt.Println()
		var next []Itemset
		seen := map[string]bool{}
		for i := range level {
			for j := i + 1; j < len(level); j++ {
				if !slices.Equal(level[i][:k-1], level[j][:k-1]) {
					continue
				}
				cand := append(slices.Clone(level[i]), level[j][k-1])
				slices.Sort(cand)
				if !seen[cand.Key()] && support(tx, cand) >= minSup {
					seen[cand.Key()] = true
					next = append(next, cand)
				}
			}
		}
		level = next
	}
	for _, rule := range [][2]string{{"beer", "diapers"}, {"diapers", "beer"}, {"bread", "milk"}} {
		both := Itemset{rule[0], rule[1]}
		slices.Sort(both)
		conf := float64(frequent[both.Key()]) / float64(frequent[rule[0]])
		fmt.Printf("%s => %s conf=%.3f\n", rule[0], rule[1], conf)
	}
}

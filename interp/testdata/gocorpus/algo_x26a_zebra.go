package main

import "fmt"

// A smaller zebra-like puzzle: 4 houses, 3 attributes, solved by permutation search.

type perm [4]int

func permutations() []perm {
	var out []perm
	var rec func(p perm, used [4]bool, k int)
	rec = func(p perm, used [4]bool, k int) {
		if k == 4 {
			out = append(out, p)
			return
		}
		for v := 0; v < 4; v++ {
			if !used[v] {
				used[v] = true
				p[k] = v
				rec(p, used, k+1)
				used[v] = false
			}
		}
	}
	rec(perm{}, [4]bool{}, 0)
	return out
}

const (
	Red = iota
	Green
	Blue
	Yellow
)
const (
	Brit = iota
	Swede
	Dane
	Norwegian
)
const (
	Tea = iota
	Coffee
	Milk
	Water
)

// p[attr] = house position (0..3)
func nextTo(a, b int) bool { return a-b == 1 || b-a == 1 }

func main() {
	colors := []string{"red", "green", "blue", "yellow"}
	people := []string{"Brit", "Swede", "Dane", "Norwegian"}
	drinks := []string{"tea", "coffee", "milk", "water"}
	all := permutations()
	fmt.Println("permutations:", len(all))
	solutions := 0
	for _, c := range all {
		if c[Green] != c[Blue]-1 { // green immediately left of blue
			continue
		}
		for _, n := range all {
			if n[Brit] != c[Red] || n[Norwegian] != 0 || !nextTo(n[Norwegian], c[Yellow]) {
				continue
			}
			for _, d := range all {
				if d[Milk] != 2 || d[Coffee] != c[Green] || d[Tea] != n[Dane] {
					continue
				}
				if !nextTo(d[Water], n[Swede]) && d[Water] != n[Swede] {
					continue
				}
				solutions++
				byHouse := [4][3]string{}
				for i := 0; i < 4; i++ {
					byHouse[c[i]][0] = colors[i]
					byHouse[n[i]][1] = people[i]
					byHouse[d[i]][2] = drinks[i]
				}
				fmt.Printf("solution %d:\n", solutions)
				for h, row := range byHouse {
					fmt.Printf("  house %d: %-7s %-10s %s\n", h+1, row[0], row[1], row[2])
				}
				who := func(drink int) string {
					for p := range people {
						if n[p] == d[drink] {
							return people[p]
						}
					}
					return "?"
				}
				fmt.Println("  water drinker:", who(Water), "| coffee drinker:", who(Coffee))
			}
		}
	}
	fmt.Println("total:", solutions)
}

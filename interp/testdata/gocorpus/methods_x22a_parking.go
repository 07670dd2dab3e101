package main

import (
	"fmt"
	"sort"
)

type Size int

const (
	Small Size = iota
	Medium
	Large
)

func (s Size) String() string { return [...]string{"S", "M", "L"}[s] }

type Vehicle struct {
	Plate string
	Size  Size
}

type Spot struct {
	Level, Num int
	Size       Size
	Occupant   *Vehicle
}

func (s Spot) Label() string { return fmt.Sprintf("L%d-%02d%v", s.Level, s.Num, s.Size) }

type Garage struct {
	spots  []*Spot
	byPlat map[string]*Spot
	fees   map[Size]int
	earned int
}

func NewGarage(levels int, layout []Size) *Garage {
	g := &Garage{byPlat: map[string]*Spot{}, fees: map[Size]int{Small: 2, Medium: 3, Large: 5}}
	for l := 1; l <= levels; l++ {
		for i, sz := range layout {
			g.spots = append(g.spots, &Spot{Level: l, Num: i + 1, Size: sz})
		}
	}
	return g
}

func (g *Garage) Park(v Vehicle) (string, bool) {
	var best *Spot
	for _, s := range g.spots {
		if s.Occupant == nil && s.Size >= v.Size && (best == nil || s.Size < best.Size) {
			best = s
		}
	}
	if best == nil {
		return "", false
	}
	best.Occupant = &v
	g.byPlat[v.Plate] = best
	return best.Label(), true
}

func (g *Garage) Leave(plate string, hours int) (fee int, ok bool) {
	s, ok := g.byPlat[plate]
	if !ok {
		return 0, false
	}
	fee = g.fees[s.Occupant.Size] * hours
	g.earned += fee
	s.Occupant = nil
	delete(g.byPlat, plate)
	return fee, true
}

func main() {
	g := NewGarage(2, []Size{Small, Medium, Medium, Large})
	cars := []Vehicle{{"AB1", Medium}, {"BUS9", Large}, {"MINI", Small}, {"VAN2", Large},
		{"CD3", Medium}, {"EF4", Medium}, {"GH5", Medium}, {"TRK", Large}, {"IJ6", Small}}
	for _, c := range cars {
		if spot, ok := g.Park(c); ok {
			fmt.Printf("%-5s (%v) -> %s\n", c.Plate, c.Size, spot)
		} else {
			fmt.Printf("%-5s (%v) -> FULL\n", c.Plate, c.Size)
		}
	}
	for i, p := range []string{"BUS9", "MINI", "NOPE", "EF4"} {
		fee, ok := g.Leave(p, i+2)
		fmt.Println("leave", p, fee, ok)
	}
	if spot, ok := g.Park(Vehicle{"TRK", Large}); ok {
		fmt.Println("TRK retry ->", spot)
	}
	plates := make([]string, 0, len(g.byPlat))
	for p := range g.byPlat {
		plates = append(plates, p)
	}
	sort.Strings(plates)
	for _, p := range plates {
		fmt.Print(p, "@", g.byPlat[p].Label(), " ")
	}
	fmt.Println("\nearned", g.earned)
}

package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Rec struct {
	City, Station string
	Temp          float64
}

const readings = `Hamburg;North;12.0
Bulawayo;Main;8.9
Palembang;Pier;38.8
Hamburg;Port;34.2
St. John's;Cape;15.2
Cracow;Old;12.6
Bulawayo;East;24.1
Hamburg;North;-3.5
Cracow;Old;2.1
Palembang;Pier;21.0`

type Stats struct {
	Min, Max, Sum float64
	N             int
	Stations      map[string]int
}

func (s Stats) Mean() float64 { return s.Sum / float64(s.N) }

func main() {
	var recs []Rec
	for _, l := range strings.Split(readings, "\n") {
		parts := strings.Split(l, ";")
		var t float64
		fmt.Sscanf(parts[2], "%g", &t)
		recs = append(recs, Rec{parts[0], parts[1], t})
	}
	stats := map[string]*Stats{}
	for _, r := range recs {
		s, ok := stats[r.City]
		if !ok {
			s = &Stats{Min: r.Temp, Max: r.Temp, Stations: map[string]int{}}
			stats[r.City] = s
		}
		s.Min = min(s.Min, r.Temp)
		s.Max = max(s.Max, r.Temp)
		s.Sum += r.Temp
		s.N++
		s.Stations[r.Station]++
	}
	var parts []string
	for _, city := range slices.Sorted(maps.Keys(stats)) {
		s := stats[city]
		parts = append(parts, fmt.Sprintf("%s=%.1f/%.1f/%.1f", city, s.Min, s.Mean(), s.Max))
	}
	fmt.Println("{" + strings.Join(parts, ", ") + "}")
	for city, s := range stats {
		_ = city
		if len(s.Stations) > 1 {
			delete(s.Stations, "North")
		}
	}
	fmt.Println(stats["Hamburg"].Stations, stats["Cracow"].Stations)
	cities := slices.Collect(maps.Keys(stats))
	slices.SortFunc(cities, func(a, b string) int {
		return cmp.Or(cmp.Compare(stats[b].N, stats[a].N), strings.Compare(a, b))
	})
	fmt.Println(cities)
	byFirst := map[byte][]string{}
	for _, c := range cities {
		byFirst[c[0]] = append(byFirst[c[0]], c)
	}
	fmt.Println(byFirst, len(byFirst))
	inv := map[int][]string{}
	for c, s := range stats {
		inv[s.N] = append(inv[s.N], c)
	}
	for _, v := range inv {
		slices.Sort(v)
	}
	fmt.Println(inv)
	clone := maps.Clone(inv)
	clone[99] = nil
	maps.DeleteFunc(clone, func(k int, v []string) bool { return len(v) < 2 })
	fmt.Println(len(inv), clone, maps.Equal(map[int]int{1: 2}, map[int]int{1: 2}))
	uniq := slices.Compact(slices.Sorted(slices.Values([]string{"b", "a", "b", "c", "a"})))
	fmt.Println(uniq, slices.IndexFunc(recs, func(r Rec) bool { return r.Temp < 0 }))
}

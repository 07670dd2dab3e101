package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
)

type Player struct {
	Name   string
	Team   string
	Goals  int
	Assist int
}

func (p Player) Points() int { return p.Goals*2 + p.Assist }

const data = `name,team,goals,assists
Mara,Red,5,3
"Olsen, J",Blue,2,7
Teo,Red,0,1
Ruth,Green,8,0
Ike,Blue,x,2
Sol,Green,3,3
Vin,Red,4,4
`

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Println("columns:", header)
	var players []Player
	line := 1
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		line++
		if err != nil {
			fmt.Println("csv:", err)
			continue
		}
		g, err1 := strconv.Atoi(rec[2])
		a, err2 := strconv.Atoi(rec[3])
		if err1 != nil || err2 != nil {
			fmt.Printf("line %d: skipping %q: %v\n", line, rec[0], err1)
			continue
		}
		players = append(players, Player{rec[0], rec[1], g, a})
	}
	teams := map[string][]Player{}
	for _, p := range players {
		teams[p.Team] = append(teams[p.Team], p)
	}
	for _, t := range slices.Sorted(maps.Keys(teams)) {
		ps := teams[t]
		slices.SortStableFunc(ps, func(a, b Player) int { return b.Points() - a.Points() })
		total := 0
		for _, p := range ps {
			total += p.Points()
		}
		fmt.Printf("%-5s total=%2d top=%s (%d)\n", t, total, ps[0].Name, ps[0].Points())
	}
	best := slices.MaxFunc(players, func(a, b Player) int { return a.Goals - b.Goals })
	fmt.Printf("top scorer: %+v\n", best)
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	for _, p := range players[:3] {
		_ = w.Write([]string{p.Name, strconv.Itoa(p.Points())})
	}
	w.Flush()
	fmt.Print(sb.String())
}

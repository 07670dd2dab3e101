package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type SIR struct {
	S, I, R float64
}

type Model struct {
	Beta  float64 `json:"beta"`
	Gamma float64 `json:"gamma"`
	N     float64 `json:"population"`
}

type Snapshot struct {
	Day      int     `json:"day"`
	Infected float64 `json:"infected"`
}

func (m Model) Step(s SIR, dt float64) SIR {
	newInf := m.Beta * s.S * s.I / m.N * dt
	rec := m.Gamma * s.I * dt
	return SIR{s.S - newInf, s.I + newInf - rec, s.R + rec}
}

func main() {
	cfg := `{"beta": 0.3, "gamma": 0.1, "population": 10000}`
	var m Model
	if err := json.Unmarshal([]byte(cfg), &m); err != nil {
		panic(err)
	}
	fmt.Printf("model %+v R0=%.1f\n", m, m.Beta/m.Gamma)
	s := SIR{S: m.N - 10, I: 10}
	dt := 0.1
	var snaps []Snapshot
	peakDay, peak := 0, 0.0
	for day := 0; day <= 160; day++ {
		if s.I > peak {
			peak, peakDay = s.I, day
		}
		if day%10 == 0 {
			snaps = append(snaps, Snapshot{day, float64(int(s.I))})
			w := int(s.I / m.N * 100)
			fmt.Printf("day %3d S=%7.0f I=%7.0f R=%7.0f %s\n", day, s.S, s.I, s.R, strings.Repeat("*", w))
		}
		for k := 0; k < 10; k++ {
			s = m.Step(s, dt)
		}
	}
	fmt.Printf("peak %.0f infected on day %d\n", peak, peakDay)
	out, _ := json.Marshal(snaps[:4])
	fmt.Println(string(out))
}

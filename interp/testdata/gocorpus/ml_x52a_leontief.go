package main

import (
	"fmt"
	"math"
)

type Sector struct {
	Name   string
	Demand float64
}

type Economy struct {
	Sectors []Sector
	Tech    [][]float64
}

func (e Economy) Production() ([]float64, error) {
	n := len(e.Sectors)
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n+1)
		for j := 0; j < n; j++ {
			m[i][j] = -e.Tech[i][j]
		}
		m[i][i] += 1
		m[i][n] = e.Sectors[i].Demand
	}
	for k := 0; k < n; k++ {
		best := k
		for i := k + 1; i < n; i++ {
			if math.Abs(m[i][k]) > math.Abs(m[best][k]) {
				best = i
			}
		}
		if math.Abs(m[best][k]) < 1e-12 {
			return nil, fmt.Errorf("economy not productive at sector %q", e.Sectors[k].Name)
		}
		m[k], m[best] = m[best], m[k]
		for i := 0; i < n; i++ {
			if i == k {
				continue
			}
			f := m[i][k] / m[k][k]
			for j := k; j <= n; j++ {
				m[i][j] -= f * m[k][j]
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		x[i] = m[i][n] / m[i][i]
	}
	return x, nil
}

func main() {
	e := Economy{
		Sectors: []Sector{{"agriculture", 50}, {"manufacturing", 120}, {"services", 80}},
		Tech: [][]float64{
			{0.30, 0.10, 0.05},
			{0.20, 0.40, 0.15},
			{0.10, 0.20, 0.25},
		},
	}
	x, err := e.Production()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%-15s %10s %10s\n", "sector", "demand", "output")
	for i, s := range e.Sectors {
		fmt.Printf("%-15s %10.2f %10.3f\n", s.Name, s.Demand, x[i])
	}
	for i := range e.Sectors {
		used := 0.0
		for j := range x {
			used += e.Tech[i][j] * x[j]
		}
		fmt.Printf("check %s: %.6f\n", e.Sectors[i].Name, x[i]-used)
	}
	bad := Economy{Sectors: []Sector{{"a", 1}, {"b", 1}}, Tech: [][]float64{{1, 0}, {0, 0.5}}}
	_, err = bad.Production()
	fmt.Println("error:", err)
	fmt.Printf("%+v\n", e.Sectors[0])
}

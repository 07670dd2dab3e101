package main

import (
	"errors"
	"fmt"
	"sort"
)

type Classifier interface {
	Fit(X [][]float64, y []int) error
	Predict(x []float64) int
	Name() string
}

type base struct{ fitted bool }

func (b *base) check() error {
	if !b.fitted {
		return errors.New("model not fitted")
	}
	return nil
}

type Majority struct {
	base
	class int
}

func (m *Majority) Name() string { return "majority" }
func (m *Majority) Fit(X [][]float64, y []int) error {
	c := map[int]int{}
	for _, v := range y {
		c[v]++
	}
	keys := []int{}
	for k := range c {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		if c[k] > c[m.class] {
			m.class = k
		}
	}
	m.fitted = true
	return nil
}
func (m *Majority) Predict(x []float64) int { return m.class }

type Centroid struct {
	base
	means map[int][]float64
}

func (c *Centroid) Name() string { return "nearest-centroid" }
func (c *Centroid) Fit(X [][]float64, y []int) error {
	if len(X) != len(y) {
		return fmt.Errorf("centroid: %d rows but %d labels", len(X), len(y))
	}
	c.means = map[int][]float64{}
	cnt := map[int]float64{}
	for i, x := range X {
		if c.means[y[i]] == nil {
			c.means[y[i]] = make([]float64, len(x))
		}
		for j, v := range x {
			c.means[y[i]][j] += v
		}
		cnt[y[i]]++
	}
	for k, m := range c.means {
		for j := range m {
			m[j] /= cnt[k]
		}
	}
	c.fitted = true
	return nil
}
func (c *Centroid) Predict(x []float64) int {
	best, bd := -1, 0.0
	for k := 0; k < len(c.means); k++ {
		d := 0.0
		for j, v := range c.means[k] {
			d += (v - x[j]) * (v - x[j])
		}
		if best < 0 || d < bd {
			best, bd = k, d
		}
	}
	return best
}

func main() {
	X := [][]float64{{1, 2}, {2, 1}, {1.5, 1.8}, {6, 7}, {7, 6}, {6.5, 6.2}, {7.2, 7.1}}
	y := []int{0, 0, 0, 1, 1, 1, 1}
	test := [][]float64{{1, 1}, {5, 5}, {3.5, 4}}
	models := []Classifier{&Majority{}, &Centroid{}}
	for _, m := range models {
		if err := m.Fit(X, y[:3]); err != nil {
			fmt.Println("fit error:", err)
		}
		if err := m.Fit(X, y); err != nil {
			fmt.Println("fit error:", err)
			continue
		}
		fmt.Printf("%-17s %T:", m.Name(), m)
		for _, t := range test {
			fmt.Printf(" %d", m.Predict(t))
		}
		fmt.Println()
	}
	var u Centroid
	fmt.Println("unfitted:", u.check())
	if c, ok := models[1].(*Centroid); ok {
		fmt.Printf("means: %v\n", c.means)
	}
}

package main

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

const data = `species,sepal_len,sepal_wid,petal_len
setosa,5.1,3.5,1.4
setosa,4.9,3.0,1.4
versicolor,7.0,3.2,4.7
versicolor,6.4,3.2,4.5
virginica,6.3,3.3,6.0
virginica,5.8,2.7,5.1
setosa,4.7,3.2,1.3
`

type Stats struct {
	N          int
	Sum, SumSq float64
	Min, Max   float64
}

func (s *Stats) Push(x float64) {
	if s.N == 0 {
		s.Min, s.Max = x, x
	}
	s.N++
	s.Sum += x
	s.SumSq += x * x
	s.Min = math.Min(s.Min, x)
	s.Max = math.Max(s.Max, x)
}

func (s Stats) Mean() float64 { return s.Sum / float64(s.N) }
func (s Stats) Std() float64 {
	m := s.Mean()
	return math.Sqrt(s.SumSq/float64(s.N) - m*m)
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println(err)
		return
	}
	header := rows[0]
	perClass := map[string][]Stats{}
	for _, row := range rows[1:] {
		st, ok := perClass[row[0]]
		if !ok {
			st = make([]Stats, len(header)-1)
		}
		for j, cell := range row[1:] {
			v, err := strconv.ParseFloat(cell, 64)
			if err != nil {
				panic(err)
			}
			st[j].Push(v)
		}
		perClass[row[0]] = st
	}
	classes := make([]string, 0)
	for k := range perClass {
		classes = append(classes, k)
	}
	sort.Strings(classes)
	for _, c := range classes {
		fmt.Printf("%s (n=%d)\n", c, perClass[c][0].N)
		for j, s := range perClass[c] {
			fmt.Printf("  %-10s mean=%.4f std=%.4f range=[%.1f,%.1f]\n", header[j+1], s.Mean(), s.Std(), s.Min, s.Max)
		}
	}
	sc := bufio.NewScanner(strings.NewReader(data))
	lines := 0
	for sc.Scan() {
		if strings.HasPrefix(sc.Text(), "setosa") {
			lines++
		}
	}
	fmt.Println("setosa lines:", lines)
	_, err = csv.NewReader(strings.NewReader("a,b\n1,2,3\n")).ReadAll()
	fmt.Println(err)
}

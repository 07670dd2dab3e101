// Exercises: encoding/csv from a string, strconv.ParseFloat with *strconv.NumError and errors.As, skipping bad rows
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

const data = `sepal,petal,species
5.1,1.4,setosa
7.0,4.7,versicolor
6.3,n/a,virginica
4.9,1.5,setosa
5.8,5.1,virginica
`

type Row struct {
	X     [2]float64
	Label string
}

func parse(src string) ([]Row, []error) {
	r := csv.NewReader(strings.NewReader(src))
	recs, err := r.ReadAll()
	if err != nil {
		return nil, []error{err}
	}
	var rows []Row
	var errs []error
	for i, rec := range recs[1:] {
		var row Row
		ok := true
		for j := 0; j < 2; j++ {
			v, err := strconv.ParseFloat(rec[j], 64)
			if err != nil {
				errs = append(errs, fmt.Errorf("line %d col %d: %w", i+2, j+1, err))
				ok = false
				break
			}
			row.X[j] = v
		}
		if ok {
			row.Label = rec[2]
			rows = append(rows, row)
		}
	}
	return rows, errs
}

func main() {
	rows, errs := parse(data)
	for _, r := range rows {
		fmt.Printf("%-11s %v\n", r.Label, r.X)
	}
	for _, e := range errs {
		var ne *strconv.NumError
		fmt.Println(e, errors.As(e, &ne), ne.Func, errors.Is(e, strconv.ErrSyntax))
	}
	_, errs = parse("a,b\n1,2,3\n")
	fmt.Println(errs)
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
}

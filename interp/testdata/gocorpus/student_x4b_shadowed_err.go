// Exercises: student mistake: err shadowed by := in an inner scope, so the outer err stays nil and the failure is missed
package main

import (
	"fmt"
	"strconv"
)

func parseRow(fields []string) ([]float64, error) {
	var err error
	row := make([]float64, len(fields))
	for i, f := range fields {
		v, err := strconv.ParseFloat(f, 64) // shadows the outer err
		if err != nil {
			row[i] = -1
			continue
		}
		row[i] = v
	}
	return row, err
}

func loadAll(lines [][]string) (rows [][]float64, err error) {
	for _, l := range lines {
		if row, err := parseRow(l); err == nil {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		err = fmt.Errorf("no rows")
	}
	return
}

func main() {
	rows, err := loadAll([][]string{{"1.5", "2"}, {"x", "3"}, {"4", "1e3"}})
	fmt.Println(rows, err)
	n, err := strconv.Atoi("12a")
	if err != nil {
		n, err := strconv.Atoi("12")
		fmt.Println("retry", n, err)
	}
	fmt.Println("after", n, err != nil)
}

package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

const data = `name,dept,salary,start
"Smith, Jane",eng,125000,2019
Bob,ops,98000,2021
"Lee ""Ace""",eng,143500,2015
Ana,hr,,2022
`

type row struct {
	name, dept string
	salary     int
	start      int
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	fmt.Println(header, err)
	var rows []row
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			return
		}
		sal, err := strconv.Atoi(rec[2])
		if err != nil {
			fmt.Printf("row %q: bad salary: %v\n", rec[0], err)
		}
		st, _ := strconv.Atoi(rec[3])
		rows = append(rows, row{rec[0], rec[1], sal, st})
	}

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "Name\tDept\tSalary\tYears\t")
	for _, rw := range rows {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t\n", rw.name, rw.dept, rw.salary, 2026-rw.start)
	}
	tw.Flush()

	tw2 := tabwriter.NewWriter(os.Stdout, 4, 0, 1, '.', 0)
	fmt.Fprintln(tw2, "a\tbbbbbb\tc")
	fmt.Fprintln(tw2, "aaaaaa\tb\tc")
	tw2.Flush()

	w := csv.NewWriter(os.Stdout)
	w.Comma = ';'
	for _, rw := range rows {
		_ = w.Write([]string{rw.name, strconv.Itoa(rw.salary / 1000), "x\ny"})
	}
	w.Flush()
	fmt.Println(w.Error())

	bad := csv.NewReader(strings.NewReader("a,b\nc\n"))
	_, err = bad.ReadAll()
	fmt.Println(err)
	lazy := csv.NewReader(strings.NewReader("a,\"b\"c\n"))
	lazy.LazyQuotes = true
	recs, err := lazy.ReadAll()
	fmt.Printf("%q %v\n", recs, err)
}

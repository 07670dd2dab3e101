package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
)

const data = `name,math,physics,"literature, modern"
Ana,90,85,77
"Ben ""the brain""",72,95,88
Cara,88,,91
Dan,abc,70,60
`

type Student struct {
	Name   string
	Scores []float64
}

func (s Student) Avg() float64 {
	if len(s.Scores) == 0 {
		return 0
	}
	sum := 0.0
	for _, v := range s.Scores {
		sum += v
	}
	return sum / float64(len(s.Scores))
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Printf("%d columns: %q\n", len(header), header)
	var students []Student
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		st := Student{Name: rec[0]}
		for i, f := range rec[1:] {
			if f == "" {
				continue
			}
			v, err := strconv.ParseFloat(f, 64)
			if err != nil {
				line, col := r.FieldPos(i + 1)
				fmt.Printf("bad score %q at line %d col %d\n", f, line, col)
				continue
			}
			st.Scores = append(st.Scores, v)
		}
		students = append(students, st)
	}
	slices.SortFunc(students, func(a, b Student) int {
		if a.Avg() > b.Avg() {
			return -1
		} else if a.Avg() < b.Avg() {
			return 1
		}
		return strings.Compare(a.Name, b.Name)
	})

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"rank", "name", "avg"})
	for i, s := range students {
		w.Write([]string{strconv.Itoa(i + 1), s.Name, strconv.FormatFloat(s.Avg(), 'f', 2, 64)})
	}
	w.Flush()
	if err := w.Error(); err != nil {
		fmt.Println(err)
	}

	bad := csv.NewReader(strings.NewReader("a,b\n1,2,3\n"))
	_, err = bad.ReadAll()
	fmt.Println("error:", err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("line", pe.Line, "is ErrFieldCount:", errors.Is(pe.Err, csv.ErrFieldCount))
	}

	semi := csv.NewReader(strings.NewReader("# comment\nx;y\n1;2\n"))
	semi.Comma = ';'
	semi.Comment = '#'
	all, err := semi.ReadAll()
	fmt.Println(all, err)

	var sb strings.Builder
	tw := csv.NewWriter(&sb)
	tw.UseCRLF = false
	tw.WriteAll([][]string{{"has,comma", "has \"quote\"", "plain"}, {"multi\nline", "", " lead"}})
	fmt.Print(sb.String())
}

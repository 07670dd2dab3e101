package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Subject struct {
	Name    string
	Credits int
}

type Grade struct {
	Subject Subject
	Mark    string
}

var points = map[string]float64{"A": 4, "A-": 3.7, "B+": 3.3, "B": 3, "B-": 2.7, "C+": 2.3, "C": 2, "D": 1, "F": 0}

type Pupil struct {
	Name   string
	Year   int
	Grades []Grade
}

func (p Pupil) GPA() float64 {
	var sum float64
	credits := 0
	for _, g := range p.Grades {
		sum += points[g.Mark] * float64(g.Subject.Credits)
		credits += g.Subject.Credits
	}
	if credits == 0 {
		return 0
	}
	return sum / float64(credits)
}

func (p Pupil) Honors() string {
	switch gpa := p.GPA(); {
	case gpa >= 3.8:
		return "summa"
	case gpa >= 3.5:
		return "magna"
	case gpa >= 3.2:
		return "cum laude"
	}
	return ""
}

func parse(record string, subjects map[string]Subject) (Pupil, error) {
	fields := strings.Split(record, ";")
	if len(fields) < 2 {
		return Pupil{}, fmt.Errorf("bad record %q", record)
	}
	year, err := strconv.Atoi(strings.TrimSpace(fields[1]))
	if err != nil {
		return Pupil{}, fmt.Errorf("year for %s: %w", fields[0], err)
	}
	p := Pupil{Name: strings.TrimSpace(fields[0]), Year: year}
	for _, f := range fields[2:] {
		code, mark, ok := strings.Cut(strings.TrimSpace(f), "=")
		if !ok {
			continue
		}
		subj, known := subjects[code]
		if !known {
			return Pupil{}, fmt.Errorf("unknown subject %s", code)
		}
		p.Grades = append(p.Grades, Grade{subj, mark})
	}
	return p, nil
}

func main() {
	subjects := map[string]Subject{
		"MATH": {"Mathematics", 4}, "ENG": {"English", 3}, "BIO": {"Biology", 3}, "ART": {"Art", 1},
	}
	records := []string{
		"Mia; 11; MATH=A; ENG=A-; BIO=B+; ART=A",
		"Noah; 12; MATH=B; ENG=C+; BIO=B-",
		"Olivia; ten; MATH=A",
		"Pat; 11; MATH=A; ENG=A; BIO=A; ART=B",
		"Quinn; 12; CHEM=A",
		"Ray; 10; MATH=D; ENG=F; ART=A",
	}
	var pupils []Pupil
	for _, r := range records {
		p, err := parse(r, subjects)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		pupils = append(pupils, p)
	}
	sort.SliceStable(pupils, func(i, j int) bool {
		if pupils[i].Year != pupils[j].Year {
			return pupils[i].Year > pupils[j].Year
		}
		return pupils[i].GPA() > pupils[j].GPA()
	})
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "Name\tYear\tCourses\tGPA\tHonors\t")
	for _, p := range pupils {
		fmt.Fprintf(w, "%s\t%d\t%d\t%.2f\t%s\t\n", p.Name, p.Year, len(p.Grades), p.GPA(), p.Honors())
	}
	w.Flush()
	fmt.Println(strconv.Quote(pupils[0].Name), strconv.FormatFloat(pupils[0].GPA(), 'f', 3, 64))
	fmt.Println(strconv.ParseBool("yes"))
}

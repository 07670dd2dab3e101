package main

import (
	"fmt"
	"sort"
	"strings"
	"time"
)

type Shift struct {
	Employee string
	Start    time.Time
	End      time.Time
}

type Rate struct {
	Hourly   float64
	Overtime float64
}

func parseShift(line string) (Shift, error) {
	parts := strings.Split(line, "|")
	if len(parts) != 3 {
		return Shift{}, fmt.Errorf("bad line %q", line)
	}
	const layout = "2006-01-02 15:04"
	s, err := time.Parse(layout, parts[1])
	if err != nil {
		return Shift{}, err
	}
	e, err := time.Parse(layout, parts[2])
	if err != nil {
		return Shift{}, err
	}
	if !e.After(s) {
		e = e.Add(24 * time.Hour)
	}
	return Shift{parts[0], s, e}, nil
}

const sheet = `ann|2024-06-03 09:00|2024-06-03 17:30
ann|2024-06-04 22:00|2024-06-04 06:00
bob|2024-06-03 08:00|2024-06-03 20:00
ann|2024-06-08 10:00|2024-06-08 14:15
bob|2024-06-05 8:00|2024-06-05 12:00
cy|2024-06-09 12:00|2024-06-09 12:45`

func main() {
	rates := map[string]Rate{"ann": {22, 1.5}, "bob": {18.5, 2}, "cy": {30, 1.5}}
	worked := map[string]time.Duration{}
	pay := map[string]float64{}
	for _, line := range strings.Split(sheet, "\n") {
		sh, err := parseShift(line)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		d := sh.End.Sub(sh.Start)
		worked[sh.Employee] += d
		r := rates[sh.Employee]
		reg, ot := d, time.Duration(0)
		if d > 8*time.Hour {
			reg, ot = 8*time.Hour, d-8*time.Hour
		}
		mult := 1.0
		if wd := sh.Start.Weekday(); wd == time.Saturday || wd == time.Sunday {
			mult = 1.25
		}
		pay[sh.Employee] += mult * (reg.Hours()*r.Hourly + ot.Hours()*r.Hourly*r.Overtime)
		fmt.Printf("%-4s %s %-9s %v\n", sh.Employee, sh.Start.Format("Mon Jan _2"), sh.Start.Weekday(), d)
	}
	names := make([]string, 0, len(pay))
	for n := range pay {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s worked %6.2fh (%v) pay $%8.2f\n", n, worked[n].Hours(), worked[n], pay[n])
	}
	payday := time.Date(2024, 6, 30, 0, 0, 0, 0, time.UTC)
	for payday.Weekday() == time.Saturday || payday.Weekday() == time.Sunday {
		payday = payday.AddDate(0, 0, -1)
	}
	fmt.Println("payday", payday.Format("Monday 2006-01-02"), time.Duration(90)*time.Minute, time.Duration(1500)*time.Millisecond)
}

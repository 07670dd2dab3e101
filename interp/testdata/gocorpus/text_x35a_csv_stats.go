package main

import (
	"encoding/csv"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const data = `city,country,population,area
Tokyo,Japan,13960000,2194
Delhi,India,16787941,1484
Paris,France,2148000,105
Berlin,Germany,3645000,891
Osaka,Japan,2691000,225
Mumbai,India,12442373,603
Lyon,France,513000,48
`

type City struct {
	Name, Country string
	Pop           int
	Area          float64
}

func (c City) Density() float64 { return float64(c.Pop) / c.Area }

func main() {
	r := csv.NewReader(strings.NewReader(data))
	rows, err := r.ReadAll()
	if err != nil {
		fmt.Println("csv error:", err)
		return
	}
	header, rows := rows[0], rows[1:]
	fmt.Println("columns:", header)

	var cities []City
	for _, row := range rows {
		pop, err := strconv.Atoi(row[2])
		if err != nil {
			fmt.Println("bad pop:", err)
			continue
		}
		area, _ := strconv.ParseFloat(row[3], 64)
		cities = append(cities, City{row[0], row[1], pop, area})
	}

	byCountry := map[string][]City{}
	for _, c := range cities {
		byCountry[c.Country] = append(byCountry[c.Country], c)
	}
	countries := make([]string, 0, len(byCountry))
	for k := range byCountry {
		countries = append(countries, k)
	}
	sort.Strings(countries)
	for _, k := range countries {
		total := 0
		names := []string{}
		for _, c := range byCountry[k] {
			total += c.Pop
			names = append(names, c.Name)
		}
		fmt.Printf("%-8s %10d  %s\n", k, total, strings.Join(names, ", "))
	}

	sort.Slice(cities, func(i, j int) bool { return cities[i].Density() > cities[j].Density() })
	fmt.Println("densest:")
	for _, c := range cities[:3] {
		fmt.Printf("  %-7s %9.1f/km2\n", c.Name, c.Density())
	}

	_, err = strconv.Atoi("12x")
	fmt.Println(err)
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"name", "note"})
	w.Write([]string{"Tokyo", "big, busy"})
	w.Write([]string{"Q", `say "hi"`})
	w.Flush()
	fmt.Print(sb.String())
}

package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
)

const movies = `title,genre,year,rating,votes
"The Matrix",sci-fi,1999,8.7,1900000
"Up",animation,2009,8.3,1100000
"Alien",sci-fi,1979,8.5,900000
"Coco",animation,2017,8.4,550000
"Heat",crime,1995,8.3,680000
"Arrival",sci-fi,2016,7.9,720000
"Fargo",crime,1996,8.1,700000
"Moana","animation",2016,7.6,330000
"Brazil, the film",sci-fi,1985,7.9,200000`

type Movie struct {
	Title  string
	Genre  string
	Year   int
	Rating float64
	Votes  int
}

type ByWeighted []Movie

func weighted(m Movie) float64 {
	const minVotes, prior = 500000.0, 8.0
	v := float64(m.Votes)
	return v/(v+minVotes)*m.Rating + minVotes/(v+minVotes)*prior
}

func (b ByWeighted) Len() int           { return len(b) }
func (b ByWeighted) Less(i, j int) bool { return weighted(b[i]) > weighted(b[j]) }
func (b ByWeighted) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func load(s string) ([]Movie, error) {
	r := csv.NewReader(strings.NewReader(s))
	header, err := r.Read()
	if err != nil {
		return nil, err
	}
	fmt.Println("header:", header)
	var out []Movie
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		year, _ := strconv.Atoi(rec[2])
		rating, _ := strconv.ParseFloat(rec[3], 64)
		votes, _ := strconv.Atoi(rec[4])
		out = append(out, Movie{rec[0], rec[1], year, rating, votes})
	}
	return out, nil
}

func main() {
	ms, err := load(movies)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	sort.Sort(ByWeighted(ms))
	for i, m := range ms {
		fmt.Printf("%d. %-18s %-9s %d %.1f %8d  w=%.3f\n", i+1, m.Title, m.Genre, m.Year, m.Rating, m.Votes, weighted(m))
	}
	byDecade := map[int][]string{}
	for _, m := range ms {
		d := m.Year / 10 * 10
		byDecade[d] = append(byDecade[d], m.Title)
	}
	decades := make([]int, 0, len(byDecade))
	for d := range byDecade {
		decades = append(decades, d)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(decades)))
	for _, d := range decades {
		fmt.Printf("%ds: %s\n", d, strings.Join(byDecade[d], " | "))
	}
	var sb strings.Builder
	w := csv.NewWriter(&sb)
	w.Write([]string{"genre", "count", "mean_rating"})
	genres := map[string][]float64{}
	for _, m := range ms {
		genres[m.Genre] = append(genres[m.Genre], m.Rating)
	}
	names := make([]string, 0)
	for g := range genres {
		names = append(names, g)
	}
	sort.Strings(names)
	for _, g := range names {
		var s float64
		for _, r := range genres[g] {
			s += r
		}
		w.Write([]string{g, strconv.Itoa(len(genres[g])), strconv.FormatFloat(s/float64(len(genres[g])), 'f', 2, 64)})
	}
	w.Write([]string{"note", "has \"quotes\", commas", ""})
	w.Flush()
	fmt.Print(sb.String())
	_, err = csv.NewReader(strings.NewReader("a,b\n1,2,3\n")).ReadAll()
	fmt.Println("bad csv:", err)
}

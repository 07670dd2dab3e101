package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

const input = `city,temp,rain
"Oslo",4.5,12
Lima,19.25,0
"New York, NY",11,7.5
Bad,abc,1
Cairo,25,0
`

type Row struct {
	City string
	Temp float64
	Rain float64
}

var ErrParse = errors.New("parse error")

func parse(rec []string) (Row, error) {
	t, err := strconv.ParseFloat(rec[1], 64)
	if err != nil {
		return Row{}, fmt.Errorf("%w: temp %q: %w", ErrParse, rec[1], err)
	}
	r, err := strconv.ParseFloat(rec[2], 64)
	if err != nil {
		return Row{}, fmt.Errorf("%w: rain: %w", ErrParse, err)
	}
	return Row{rec[0], t, r}, nil
}

func main() {
	rd := csv.NewReader(strings.NewReader(input))
	header, _ := rd.Read()
	fmt.Println("header:", header)
	var rows []Row
	for {
		rec, err := rd.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("read:", err)
			return
		}
		row, err := parse(rec)
		if err != nil {
			var ne *strconv.NumError
			fmt.Println("skip:", err, errors.Is(err, ErrParse), errors.As(err, &ne) && ne.Func == "ParseFloat")
			continue
		}
		rows = append(rows, row)
	}
	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"city", "temp_f", "wet"})
	var sum float64
	for _, r := range rows {
		sum += r.Temp
		w.Write([]string{r.City, strconv.FormatFloat(r.Temp*9/5+32, 'f', 1, 64), strconv.FormatBool(r.Rain > 0)})
	}
	w.Flush()
	fmt.Printf("mean temp %.3f over %d rows\n", sum/float64(len(rows)), len(rows))
	_, err := csv.NewReader(strings.NewReader("a,b\n1,2,3\n")).ReadAll()
	fmt.Println(err)
}

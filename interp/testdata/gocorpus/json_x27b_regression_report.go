package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
)

type Fit struct {
	Slope     float64   `json:"slope"`
	Intercept float64   `json:"intercept"`
	R2        float64   `json:"r2"`
	N         int       `json:"n"`
	Residuals []float64 `json:"residuals,omitempty"`
}

type Dataset struct {
	Name string    `json:"name"`
	X    []float64 `json:"x"`
	Y    []float64 `json:"y"`
}

func round(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}

func OLS(x, y []float64) Fit {
	n := float64(len(x))
	var sx, sy, sxx, sxy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
		sxx += x[i] * x[i]
		sxy += x[i] * y[i]
	}
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	icpt := (sy - slope*sx) / n
	my := sy / n
	var ssr, sst float64
	res := make([]float64, len(x))
	for i := range x {
		e := y[i] - (slope*x[i] + icpt)
		res[i] = round(e, 4)
		ssr += e * e
		sst += (y[i] - my) * (y[i] - my)
	}
	return Fit{round(slope, 6), round(icpt, 6), round(1-ssr/sst, 6), len(x), res}
}

const input = `[
 {"name":"linear","x":[1,2,3,4,5],"y":[2.1,3.9,6.2,7.8,10.1]},
 {"name":"noisy","x":[0,1,2,3,4,5,6],"y":[1,3,2,5,4,6,8]}
]`

func main() {
	var sets []Dataset
	if err := json.Unmarshal([]byte(input), &sets); err != nil {
		fmt.Println("error:", err)
		return
	}
	out := map[string]Fit{}
	for _, d := range sets {
		out[d.Name] = OLS(d.X, d.Y)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		fmt.Println(err)
	}
	var back map[string]Fit
	b, _ := json.Marshal(out)
	_ = json.Unmarshal(b, &back)
	fmt.Printf("%+v\n", back["linear"])
	err := json.Unmarshal([]byte(`{"name": 5}`), &Dataset{})
	fmt.Println("bad input:", err)
}

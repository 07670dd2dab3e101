package main

import (
	"fmt"
	"math"
	"strings"
)

type Regressor interface {
	Fit(x, y []float64)
	Predict(x float64) float64
	Name() string
}

type Base struct {
	name    string
	fitted  bool
	history []string
}

func (b *Base) Name() string { return b.name }
func (b *Base) log(format string, args ...any) {
	b.history = append(b.history, fmt.Sprintf(format, args...))
}
func (b *Base) History() string { return strings.Join(b.history, "; ") }

type MeanModel struct {
	Base
	mean float64
}

func (m *MeanModel) Fit(x, y []float64) {
	var s float64
	for _, v := range y {
		s += v
	}
	m.mean = s / float64(len(y))
	m.fitted = true
	m.log("mean=%.3f", m.mean)
}

func (m *MeanModel) Predict(float64) float64 { return m.mean }

type LinearModel struct {
	Base
	Slope, Intercept float64
}

func (m *LinearModel) Fit(x, y []float64) {
	n := float64(len(x))
	var sx, sy, sxx, sxy float64
	for i := range x {
		sx += x[i]
		sy += y[i]
		sxx += x[i] * x[i]
		sxy += x[i] * y[i]
	}
	m.Slope = (n*sxy - sx*sy) / (n*sxx - sx*sx)
	m.Intercept = (sy - m.Slope*sx) / n
	m.fitted = true
	m.log("slope=%.3f", m.Slope)
	m.log("intercept=%.3f", m.Intercept)
}

func (m *LinearModel) Predict(x float64) float64 { return m.Slope*x + m.Intercept }

type LogLinear struct {
	LinearModel
}

func (m *LogLinear) Fit(x, y []float64) {
	ly := make([]float64, len(y))
	for i, v := range y {
		ly[i] = math.Log(v)
	}
	m.LinearModel.Fit(x, ly)
	m.log("on log scale")
}

func (m *LogLinear) Predict(x float64) float64 { return math.Exp(m.LinearModel.Predict(x)) }

func rmse(m Regressor, x, y []float64) float64 {
	var s float64
	for i := range x {
		d := m.Predict(x[i]) - y[i]
		s += d * d
	}
	return math.Sqrt(s / float64(len(x)))
}

func main() {
	x := []float64{1, 2, 3, 4, 5, 6}
	y := []float64{2.7, 7.4, 20.1, 54.6, 148.4, 403.4}
	models := []Regressor{
		&MeanModel{Base: Base{name: "mean"}},
		&LinearModel{Base: Base{name: "linear"}},
		&LogLinear{LinearModel{Base: Base{name: "exp"}}},
	}
	for _, m := range models {
		m.Fit(x, y)
		fmt.Printf("%-7s rmse=%9.3f pred(7)=%8.2f\n", m.Name(), rmse(m, x, y), m.Predict(7))
	}
	for _, m := range models {
		if h, ok := m.(interface{ History() string }); ok {
			fmt.Printf("%T: %s\n", m, h.History())
		}
	}
	ll := models[2].(*LogLinear)
	fmt.Printf("%.4f %.4f fitted=%v\n", ll.Slope, ll.Intercept, ll.fitted)
	fmt.Println(ll.LinearModel.Predict(7) < ll.Predict(7))
	predict := ll.Predict
	fmt.Printf("%.1f\n", predict(0))
}

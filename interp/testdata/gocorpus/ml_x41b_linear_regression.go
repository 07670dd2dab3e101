package main

import (
	"errors"
	"fmt"
	"math"
	"math/rand"
)

type Model interface {
	Fit(x [][]float64, y []float64) error
	Predict(x []float64) float64
}

type LinearRegression struct {
	Weights      []float64
	Bias         float64
	LearningRate float64
	Epochs       int
	lossHistory  []float64
}

func NewLinearRegression(lr float64, epochs int) *LinearRegression {
	return &LinearRegression{LearningRate: lr, Epochs: epochs}
}

var ErrShape = errors.New("shape mismatch")

func (m *LinearRegression) Fit(x [][]float64, y []float64) error {
	if len(x) != len(y) || len(x) == 0 {
		return fmt.Errorf("fit: %d rows vs %d targets: %w", len(x), len(y), ErrShape)
	}
	nf := len(x[0])
	m.Weights = make([]float64, nf)
	n := float64(len(x))
	for epoch := 0; epoch < m.Epochs; epoch++ {
		gw := make([]float64, nf)
		gb, loss := 0.0, 0.0
		for i, row := range x {
			err := m.Predict(row) - y[i]
			loss += err * err
			for j, v := range row {
				gw[j] += err * v
			}
			gb += err
		}
		for j := range m.Weights {
			m.Weights[j] -= m.LearningRate * 2 * gw[j] / n
		}
		m.Bias -= m.LearningRate * 2 * gb / n
		if epoch%100 == 0 {
			m.lossHistory = append(m.lossHistory, loss/n)
		}
	}
	return nil
}

func (m *LinearRegression) Predict(x []float64) float64 {
	s := m.Bias
	for j, w := range m.Weights {
		s += w * x[j]
	}
	return s
}

type MeanModel struct{ mean float64 }

func (m *MeanModel) Fit(_ [][]float64, y []float64) error {
	for _, v := range y {
		m.mean += v
	}
	m.mean /= float64(len(y))
	return nil
}
func (m *MeanModel) Predict([]float64) float64 { return m.mean }

func rmse(m Model, x [][]float64, y []float64) float64 {
	s := 0.0
	for i := range x {
		d := m.Predict(x[i]) - y[i]
		s += d * d
	}
	return math.Sqrt(s / float64(len(x)))
}

func main() {
	rng := rand.New(rand.NewSource(42))
	var x [][]float64
	var y []float64
	for i := 0; i < 60; i++ {
		a := rng.Float64() * 4
		b := rng.Float64() * 2
		x = append(x, []float64{a, b})
		y = append(y, 3*a-2*b+1+rng.NormFloat64()*0.1)
	}
	trainX, testX := x[:45], x[45:]
	trainY, testY := y[:45], y[45:]
	models := map[string]Model{
		"linear": NewLinearRegression(0.05, 800),
		"mean":   &MeanModel{},
	}
	for _, name := range []string{"linear", "mean"} {
		m := models[name]
		if err := m.Fit(trainX, trainY); err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-6s test RMSE %.3f\n", name, rmse(m, testX, testY))
	}
	lr := models["linear"].(*LinearRegression)
	fmt.Printf("weights [%.2f %.2f] bias %.2f\n", lr.Weights[0], lr.Weights[1], lr.Bias)
	for i, l := range lr.lossHistory[:4] {
		fmt.Printf("epoch %3d loss %.4f\n", i*100, l)
	}
	fmt.Printf("predict(1,1) = %.2f\n", lr.Predict([]float64{1, 1}))
	err := NewLinearRegression(0.1, 1).Fit(x, y[:3])
	fmt.Println(err, errors.Is(err, ErrShape))
}

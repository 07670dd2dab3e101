package datasets_test

import (
	"fmt"
	"log"

	"github.com/gobackprop/gobackprop/datasets"
	"gonum.org/v1/gonum/mat"
)

// A quick look at MNIST, reading only the first images.
func ExampleLoadMNISTSubset() {
	s, err := datasets.LoadMNISTSubset("", 1000, 10)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(s)
	fmt.Println(s.YTest)
	// Output:
	// 28x28x1 images in 10 classes; train: 1000x784, 1000 labels; val: none; test: 10x784, 10 labels; dev: none
	// [7 2 1 0 4 1 4 9 5 9]
}

// CS231n's preprocessing for a linear classifier: split, centre on the
// training mean, then append the bias column.
func ExampleSplit() {
	s, err := datasets.LoadMNISTSubset("", 1000, 100)
	if err != nil {
		log.Fatal(err)
	}
	s = datasets.Split(s, 900, 100, 100, 50, 0)
	mean := datasets.SubtractMean(s)
	s.XTrain, s.XVal, s.XTest, s.XDev = datasets.AddBias(s.XTrain), datasets.AddBias(s.XVal), datasets.AddBias(s.XTest), datasets.AddBias(s.XDev)
	fmt.Println(s)
	fmt.Println(mean.Dims())
	// Output:
	// 28x28x1 images in 10 classes; train: 900x785, 900 labels; val: 100x785, 100 labels; test: 100x785, 100 labels; dev: 50x785, 50 labels
	// 1 784
}

func ExampleSpiral() {
	X, y := datasets.Spiral(100, 3, 0)
	fmt.Println(X.Dims())
	fmt.Println(y[0], y[100], y[299])
	fmt.Printf("%.3f\n", mat.Norm(X.RowView(299), 2)) // the last point of an arm is at radius 1
	// Output:
	// 300 2
	// 0 1 2
	// 1.000
}

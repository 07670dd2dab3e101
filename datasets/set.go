package datasets

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Set is a labelled image data set in the shape CS231n's assignment uses:
// one image per row of a data matrix X (N x D, D = Height*Width*Channels)
// and one label per image in y, an integer in [0, len(Classes)).
//
// A loader fills the train and test parts with the published split of the
// data; Split adds a validation part and a small dev part for quick
// experiments. A part that holds no images has a nil matrix and a nil label
// slice, because gonum has no empty matrix.
//
// Pixels are float64 in [0, 255], as stored in the files. Colour images are
// planar, the layout of CIFAR-10's binary files and of the plotting
// package's ImageGrid and Weights: all red values, then all green, then all
// blue, each a Height x Width image row by row.
type Set struct {
	XTrain, XVal, XTest, XDev *mat.Dense
	YTrain, YVal, YTest, YDev []int

	// Classes names the labels: Classes[y] is the name of label y.
	Classes []string

	// Height, Width and Channels give the geometry of one image, for
	// drawing a row of X or a column of weights.
	Height, Width, Channels int

	// Source is the directory the files were read from.
	Source string
}

// Names returns the class names of the labels in y, for captions under
// images. Names panics if a label is not in [0, len(s.Classes)).
func (s *Set) Names(y []int) []string {
	names := make([]string, len(y))
	for i, label := range y {
		if label < 0 || label >= len(s.Classes) {
			panic(fmt.Sprintf("datasets: Names: label %d at index %d is not in [0, %d)", label, i, len(s.Classes)))
		}
		names[i] = s.Classes[label]
	}
	return names
}

// String summarises the shapes of the parts, which is what a notebook cell
// wants to see after loading or splitting (the matrices themselves are too
// large to print).
func (s *Set) String() string {
	part := func(name string, X *mat.Dense, y []int) string {
		if X == nil {
			return fmt.Sprintf("%s: none", name)
		}
		r, c := X.Dims()
		return fmt.Sprintf("%s: %dx%d, %d labels", name, r, c, len(y))
	}
	return fmt.Sprintf("%dx%dx%d images in %d classes; %s; %s; %s; %s",
		s.Height, s.Width, s.Channels, len(s.Classes),
		part("train", s.XTrain, s.YTrain), part("val", s.XVal, s.YVal),
		part("test", s.XTest, s.YTest), part("dev", s.XDev, s.YDev))
}
